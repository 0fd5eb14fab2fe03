package az.balans.catalog.service;

import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.Channel;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
public class ChannelService extends CatalogRecordService<Channel> {

    private final ChannelRepository channels;
    private final CarrierRepository carriers;

    ChannelService(ChannelRepository channels, CarrierRepository carriers, CatalogWriter writer) {
        super(Channel.class, channels, writer);
        this.channels = channels;
        this.carriers = carriers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Channel> search(
            String carrier, String kind, String city, String paymentMethod, int page, int size) {
        return ResultPage.of(channels.search(carrier, kind, city, paymentMethod), page, size);
    }

    @Override
    protected void checkRules(Channel channel) {
        SourcedFacts.require(
                channel.facts,
                channel.factNames(),
                Map.of(
                        "fee", channel.feePercent != null || channel.feeFixed != null,
                        "minAmount", channel.minAmount != null,
                        "maxAmount", channel.maxAmount != null,
                        "denominations", !channel.denominations.isEmpty(),
                        "openingHours",
                                channel.openingHours != null
                                        && Channel.HAS_PLACE.contains(channel.kind),
                        "minutesToCredit", channel.minutesToCredit != null,
                        "givesChange", channel.givesChange != null,
                        "dialCode", channel.dialCode != null,
                        "terms", channel.terms != null));
        // what the person pays with: nothing for a credit advance (the carrier lends it) or a way
        // someone else takes, something for every other way
        boolean needsNothing = Channel.NEED_NOTHING.contains(channel.kind);
        if (needsNothing && !channel.paymentMethods.isEmpty()) {
            throw new InvalidFieldException(
                    "paymentMethods",
                    "must be empty for a " + channel.kind + ": it needs nothing at hand");
        }
        if (!needsNothing && channel.paymentMethods.isEmpty()) {
            throw new InvalidFieldException(
                    "paymentMethods",
                    "must not be empty: only a credit advance or a way someone else takes needs nothing");
        }
        // an array column has no foreign key: the carriers a channel serves are checked here
        for (int i = 0; i < channel.carriers.size(); i++) {
            if (carriers.findByIdOptional(channel.carriers.get(i)).isEmpty()) {
                throw new InvalidFieldException(
                        "carriers[" + i + "]",
                        "no carrier with id '" + channel.carriers.get(i) + "'");
            }
        }
        if (channel.minAmount != null
                && channel.maxAmount != null
                && channel.maxAmount.compareTo(channel.minAmount) < 0) {
            throw new InvalidFieldException("maxAmount", "must not be less than minAmount");
        }
    }
}
