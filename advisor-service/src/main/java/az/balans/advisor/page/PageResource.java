package az.balans.advisor.page;

import az.balans.advisor.catalog.OpeningHours;
import az.balans.advisor.channel.ChannelStatusService;
import az.balans.advisor.diagnosis.Diagnosis;
import az.balans.advisor.diagnosis.DiagnosisService;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.i18n.Messages;
import az.balans.advisor.mapping.AdviceMapper;
import az.balans.advisor.number.KnownNumber;
import az.balans.advisor.number.NumberService;
import az.balans.advisor.recommendation.Recommendation;
import az.balans.advisor.recommendation.RecommendationQuery;
import az.balans.advisor.recommendation.RecommendationService;
import az.balans.advisor.rest.AttemptAccess;
import az.balans.advisor.rest.DiagnosisRequest;
import az.balans.advisor.rest.RecommendationRequest;
import az.balans.platform.money.Money;
import az.balans.problem.DomainException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page people use: top up a number, understand a failed top-up, see how the channels are doing.
 * Rendered on the server from the same services the API uses, so every flow works without
 * JavaScript; forms that carry a number are POSTed, so numbers stay out of URLs and access logs.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    @CheckedTemplate(basePath = "page")
    static class Templates {
        static native TemplateInstance topUp(
                PageViews.Frame frame,
                PageForms.TopUp form,
                List<PageViews.Choice> days,
                Map<String, String> errors,
                PageViews.NumberView number,
                PageViews.Recommendations result,
                List<String> warnings);

        static native TemplateInstance failed(
                PageViews.Frame frame,
                PageForms.Failed form,
                List<PageViews.Choice> channels,
                Map<String, String> errors,
                PageViews.NumberView number,
                List<PageViews.Cause> causes,
                List<String> warnings);

        static native TemplateInstance status(
                PageViews.Frame frame, List<PageViews.ChannelRow> channels, List<String> warnings);
    }

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

    private final NumberService numbers;
    private final RecommendationService recommendations;
    private final DiagnosisService diagnoses;
    private final ChannelStatusService channelStatus;
    private final PageViewMapper pages;
    private final AttemptAccess access;
    private final PageAssets assets;
    private final Validator validator;
    private final Clock clock;

    PageResource(
            NumberService numbers,
            RecommendationService recommendations,
            DiagnosisService diagnoses,
            ChannelStatusService channelStatus,
            PageViewMapper pages,
            AttemptAccess access,
            PageAssets assets,
            Validator validator,
            Clock clock) {
        this.clock = clock;
        this.numbers = numbers;
        this.recommendations = recommendations;
        this.diagnoses = diagnoses;
        this.channelStatus = channelStatus;
        this.pages = pages;
        this.access = access;
        this.assets = assets;
        this.validator = validator;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance topUpForm(
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Language.choose(lang, headers.getAcceptableLanguages());
        return render(
                Templates.topUp(
                        frame(language, "topup", true),
                        PageForms.TopUp.EMPTY,
                        pages.days("", language),
                        Map.of(),
                        null,
                        null,
                        List.of()),
                language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance topUp(
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            MultivaluedMap<String, String> fields) {
        String language = Language.choose(lang, headers.getAcceptableLanguages());
        PageMessages words = PageWording.in(language);
        PageForms.TopUp form = PageForms.TopUp.of(fields);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        PageViews.NumberView number = null;
        PageViews.Recommendations result = null;
        boolean switching = form.action() == PageForms.Action.SWITCH;
        if (!form.number().isEmpty() || !switching) {
            KnownNumber lookup = numbers.lookup(form.number(), language);
            number = pages.number(lookup, language);
            warnings.addAll(lookup.warnings());
            if (!lookup.valid()) {
                errors.put("number", lookup.problemMessage());
            } else if (form.action() == PageForms.Action.SHOW
                    || (switching && !form.methods().isEmpty())) {
                Optional<Instant> at = at(form, errors, words);
                if (form.methods().isEmpty()) {
                    errors.put("methods", words.methodsRequired());
                } else if (form.methods().contains(RecommendationQuery.NOTHING_AT_HAND)
                        && form.methods().size() > 1) {
                    errors.put("methods", Messages.in(language).nothingAtHandAlone());
                }
                RecommendationRequest request =
                        new RecommendationRequest(
                                lookup.e164(),
                                form.amount().isEmpty()
                                        ? null
                                        : new Money(
                                                PageForms.withDecimalPoint(form.amount()),
                                                Money.AZN),
                                form.methods().stream()
                                        .filter(
                                                method ->
                                                        RecommendationQuery.PAYMENT_METHODS
                                                                        .contains(method)
                                                                || RecommendationQuery
                                                                        .NOTHING_AT_HAND
                                                                        .equals(method))
                                        .toList(),
                                form.city().isEmpty() ? null : form.city(),
                                at.orElse(null),
                                language);
                violations(validator.validate(request), words, errors);
                if (errors.isEmpty()) {
                    try {
                        Recommendation answer =
                                recommendations.recommend(
                                        AdviceMapper.toQuery(request), language, lookup);
                        result = pages.recommendations(answer, language);
                        answer.warnings().stream()
                                .filter(warning -> !warnings.contains(warning))
                                .forEach(warnings::add);
                    } catch (DomainException.DependencyUnavailable e) {
                        warnings.add(e.getMessage());
                    }
                }
            }
        }
        return render(
                Templates.topUp(
                        frame(language, "topup", true),
                        form,
                        pages.days(form.day(), language),
                        errors,
                        number,
                        result,
                        warnings),
                language);
    }

    @GET
    @Path("failed")
    @Operation(hidden = true)
    public TemplateInstance failedForm(
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Language.choose(lang, headers.getAcceptableLanguages());
        return render(
                Templates.failed(
                        frame(language, "failed", true),
                        PageForms.Failed.EMPTY,
                        pages.channels("", language),
                        Map.of(),
                        null,
                        null,
                        List.of()),
                language);
    }

    @POST
    @Path("failed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance failed(
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            MultivaluedMap<String, String> fields) {
        String language = Language.choose(lang, headers.getAcceptableLanguages());
        PageMessages words = PageWording.in(language);
        PageForms.Failed form = PageForms.Failed.of(fields);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        PageViews.NumberView number = null;
        List<PageViews.Cause> causes = null;
        if (!form.number().isEmpty() || form.action() != PageForms.Action.SWITCH) {
            KnownNumber lookup = numbers.lookup(form.number(), language);
            number = pages.number(lookup, language);
            if (!lookup.valid()) {
                errors.put("number", lookup.problemMessage());
            }
            DiagnosisRequest request =
                    new DiagnosisRequest(
                            form.number(),
                            blankToNull(form.attemptId()),
                            blankToNull(form.channelId()),
                            form.amount().isEmpty()
                                    ? null
                                    : new Money(
                                            PageForms.withDecimalPoint(form.amount()), Money.AZN),
                            blankToNull(form.failureCode()),
                            blankToNull(form.description()),
                            null,
                            language);
            violations(validator.validate(request), words, errors);
            Optional<String> subscriber = Optional.empty();
            if (errors.isEmpty() && request.attemptId() != null) {
                // the page reads no more than the API would let the same caller read
                try {
                    subscriber = access.subscriberFor(request.number(), request.attemptId());
                } catch (UnauthorizedException e) {
                    errors.put("attemptId", words.attemptNeedsSignIn());
                } catch (NotFoundException e) {
                    errors.put("attemptId", words.attemptNotFound());
                }
            }
            if (errors.isEmpty()) {
                Diagnosis answer =
                        diagnoses.diagnose(
                                AdviceMapper.toQuery(request), language, subscriber, lookup);
                warnings.addAll(answer.warnings());
                causes = pages.causes(answer, language);
            }
        }
        return render(
                Templates.failed(
                        frame(language, "failed", true),
                        form,
                        pages.channels(form.channelId(), language),
                        errors,
                        number,
                        causes,
                        warnings),
                language);
    }

    @GET
    @Path("status")
    @Operation(hidden = true)
    public TemplateInstance status(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = Language.choose(lang, headers.getAcceptableLanguages());
        ChannelStatusService.Board board = channelStatus.board(language);
        return render(
                Templates.status(
                        frame(language, "status", false),
                        pages.board(board, language),
                        board.warnings()),
                language);
    }

    private static TemplateInstance render(TemplateInstance page, String language) {
        return page.setAttribute("locale", Locale.forLanguageTag(language));
    }

    private PageViews.Frame frame(String language, String flow, boolean hasForm) {
        PageMessages words = PageWording.in(language);
        String path =
                switch (flow) {
                    case "failed" -> "/failed";
                    case "status" -> "/status";
                    default -> "/";
                };
        Map<String, String> names =
                Map.of(
                        "en",
                        words.languageEn(),
                        "az",
                        words.languageAz(),
                        "ru",
                        words.languageRu(),
                        "zh",
                        words.languageZh());
        List<PageViews.LanguageLink> languages =
                Language.SUPPORTED.stream()
                        .map(
                                code ->
                                        new PageViews.LanguageLink(
                                                code,
                                                names.get(code),
                                                path + "?lang=" + code,
                                                code.equals(language)))
                        .toList();
        return new PageViews.Frame(
                language,
                flow,
                hasForm ? path + "?lang=" + language : null,
                languages,
                assets.path("page.css"),
                assets.path("page.js"));
    }

    /** The moment asked about: the day chosen at the time written, in Baku; empty for now. */
    private Optional<Instant> at(
            PageForms.TopUp form, Map<String, String> errors, PageMessages words) {
        LocalDate today = LocalDate.now(clock.withZone(OpeningHours.BAKU));
        LocalDate day = today;
        if (!form.day().isEmpty()) {
            try {
                day = LocalDate.parse(form.day());
            } catch (DateTimeParseException e) {
                day = today;
            }
        }
        if (form.time().isEmpty()) {
            return day.equals(today)
                    ? Optional.empty()
                    : Optional.of(
                            ZonedDateTime.of(
                                            day,
                                            LocalTime.now(clock.withZone(OpeningHours.BAKU)),
                                            OpeningHours.BAKU)
                                    .toInstant());
        }
        Matcher time = TIME.matcher(form.time());
        if (!time.matches()) {
            errors.put("time", words.timeInvalid());
            return Optional.empty();
        }
        LocalTime local =
                LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
        return Optional.of(ZonedDateTime.of(day, local, OpeningHours.BAKU).toInstant());
    }

    /** The API's own constraints, each told next to the page's field it concerns. */
    private static void violations(
            Set<? extends ConstraintViolation<?>> violations,
            PageMessages words,
            Map<String, String> errors) {
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field =
                    path.startsWith("amount")
                            ? "amount"
                            : path.startsWith("paymentMethods") ? "methods" : path.split("\\.")[0];
            String message =
                    switch (field) {
                        case "amount" -> words.amountInvalid();
                        case "methods" -> words.methodsRequired();
                        default -> violation.getMessage();
                    };
            errors.putIfAbsent(field, message);
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
