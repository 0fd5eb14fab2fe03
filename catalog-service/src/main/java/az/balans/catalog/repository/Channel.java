package az.balans.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A way to top up: a shop, a carrier's site or app, a kiosk network, a bank app, a scratch card. */
@Entity
public class Channel extends CatalogRecord {

    /** The facts a channel states, each with a source of its own in {@link #facts}. */
    public static final List<String> FACTS =
            List.of(
                    "fee",
                    "minAmount",
                    "maxAmount",
                    "denominations",
                    "openingHours",
                    "minutesToCredit",
                    "givesChange");

    /**
     * The kinds bought at a place (a scratch card too, from a shop or kiosk): their opening hours
     * are a fact; the others are open whenever the person is.
     */
    public static final List<String> HAS_PLACE = List.of("store", "kiosk", "scratch-card");

    /**
     * A carrier's credit advance: money lent onto a balance at zero, paid back with a fee from the
     * next top-up. The one kind that needs nothing at hand, so it takes no payment method.
     */
    public static final String CREDIT_ADVANCE = "credit-advance";

    /**
     * A way someone else takes for the person, on their own phone: loading a scratch card onto the
     * number, sending part of their balance. It takes nothing of the person's either.
     */
    public static final String BY_SOMEONE_ELSE = "by-someone-else";

    /** The kinds that need nothing at hand, and so take no payment method. */
    public static final List<String> NEED_NOTHING = List.of(CREDIT_ADVANCE, BY_SOMEONE_ELSE);

    /** What only those state: the code to dial, and who may use it and what it costs or how it is paid back. */
    private static final List<String> DIALLED_FACTS = List.of("dialCode", "terms");

    @Id public String id;

    /** store, carrier-online, kiosk, bank-app, scratch-card, credit-advance or by-someone-else. */
    @Column(nullable = false)
    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> names;

    /** Who runs it: a carrier, a kiosk network, a bank. */
    @Column(nullable = false)
    public String operator;

    /** Carrier ids it tops up. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> carriers;

    /** cash, local-card, international-card, wallet; none for the kinds that need nothing at hand. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "payment_methods", nullable = false)
    public List<String> paymentMethods;

    /** Null when not known. */
    @Column(name = "gives_change")
    public Boolean givesChange;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String currency;

    @Column(name = "min_amount")
    public BigDecimal minAmount;

    @Column(name = "max_amount")
    public BigDecimal maxAmount;

    /** Fixed values it sells (scratch cards); empty when any amount in range goes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<BigDecimal> denominations;

    /** Null: not known (never stored as zero). */
    @Column(name = "fee_percent")
    public BigDecimal feePercent;

    /** Null: not known (never stored as zero). */
    @Column(name = "fee_fixed")
    public BigDecimal feeFixed;

    /** Typical minutes until the balance shows the money; null when not known. */
    @Column(name = "minutes_to_credit")
    public Integer minutesToCredit;

    /** Null: always open (online, or wherever the venue is open). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "opening_hours")
    public List<OpeningPeriod> openingHours;

    /** Empty: not tied to a place. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> cities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages;

    /** Steps to follow, by language. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, List<String>> steps;

    /** False where only a secondary or unchecked source stands behind the facts (the notes say which). */
    @Column(nullable = false)
    public boolean verified;

    public String notes;

    /** The code to dial (USSD) of a way that needs nothing at hand, e.g. "*250*1#, *250*2#, *250*5#"; null for other kinds. */
    @Column(name = "dial_code")
    public String dialCode;

    /** The terms of a way that needs nothing at hand, by language: who may use it, what it costs, how it is paid back; null for other kinds. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> terms;

    /** Where each of its facts comes from, by name; a fact not named here is unknown. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, FactSource> facts;

    /**
     * Its facts: a shop's or a kiosk's opening hours among them (an online channel is open whenever
     * the person is); a way that needs nothing at hand its code and terms, and no change to give.
     */
    public List<String> factNames() {
        if (NEED_NOTHING.contains(kind)) {
            return Stream.concat(
                            FACTS.stream()
                                    .filter(
                                            name ->
                                                    !name.equals("openingHours")
                                                            && !name.equals("givesChange")),
                            DIALLED_FACTS.stream())
                    .toList();
        }
        return HAS_PLACE.contains(kind)
                ? FACTS
                : FACTS.stream().filter(name -> !name.equals("openingHours")).toList();
    }

    @Override
    public String entity() {
        return "channel";
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public void assignKey(String key) {
        id = key;
    }
}
