package az.balans.advisor.rest;

import az.balans.advisor.NeighboursStub;
import az.balans.testsupport.Management;
import az.balans.testsupport.WithKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 14's measured cases on the catalog's own seed (failure codes included), in each language:
 * a timeout is an outcome not yet known, and a remedy that points elsewhere names the way out.
 */
@QuarkusTest
@WithKafka
@WithTestResource(value = NeighboursStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS,
        initArgs = @ResourceArg(name = NeighboursStub.CATALOG_FIXTURE, value = "/stubs/catalog-seed.json"))
class AdviceOnTheSeedTest {

    @BeforeEach
    void catalogLoaded() {
        await().atMost(Duration.ofSeconds(30)).until(() -> Management.given().get("/q/health/ready").statusCode() == 200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The provider did not answer in time, so it is not known yet whether the top-up went through: the money may still arrive. | Do not pay again yet",
            "az | Provayder vaxtında cavab vermədi, buna görə artırmanın keçib-keçmədiyi hələ məlum deyil: pul hələ gələ bilər. | Hələ yenidən ödəməyin",
            "ru | Провайдер не ответил вовремя, поэтому пока неизвестно, прошло ли пополнение: деньги ещё могут прийти. | Пока не платите повторно",
            "zh | 服务商没有及时响应，所以还不知道这次充值是否成功：钱可能还会到账。 | 先不要重复付款"})
    void aTimeoutAtKabinetimIsAnOutcomeNotYetKnownWithTheWayOutNamed(String language, String explanation, String doNotPayYet) {
        JsonPath cause = given().contentType(ContentType.JSON).header("Accept-Language", language)
                .body("{\"number\":\"050 123 45 67\",\"channelId\":\"azercell-kabinetim\",\"failureCode\":\"ProviderTimedOut\"}")
                .when().post("/diagnoses")
                .then().statusCode(200)
                .body("causes[0].code", equalTo("CHANNEL_DOWN"))
                .body("causes[0].explanation", equalTo(explanation))
                // Ding: wait about 90 s and check before sending again
                .body("causes[0].retry.advice", equalTo("CHECK_FIRST"))
                .body("causes[0].retry.waitMinutes", equalTo(2))
                .body("causes[0].retry.text", containsString(doNotPayYet))
                .body("causes[0].alternative.channelId", not(equalTo("azercell-kabinetim")))
                .body("causes[0].alternative.steps.size()", org.hamcrest.Matchers.greaterThan(0))
                .extract().jsonPath().setRootPath("causes[0]");
        assertThat(cause.getString("remedy"), containsString(cause.getString("alternative.name")));
        assertThat(cause.getString("remedy"), containsString("2112"));
        assertThat(cause.getString("remedy"), containsString(doNotPayYet));
        if (!language.equals("en")) {
            assertThat(cause.getString("remedy") + cause.getString("retry.text"), not(containsString("call or SMS")));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "az | pul gəldi amma balans artmadı | Balansı və son tutulmaları yoxlayın: 2112.",
            "ru | деньги списались, а баланс не пополнился | Проверьте баланс и последние списания: 2112.",
            "zh | 钱扣了但是余额没有增加 | 请查询余额和最近的扣费：2112。",
            "en | money was taken but my balance didn't go up | Check the balance and recent charges: 2112."})
    void moneyGoneButNoBalanceIsReadFromThePersonsOwnWordsWithoutAnAttemptId(String language, String description, String remedy) {
        given().contentType(ContentType.JSON).header("Accept-Language", language)
                .body("{\"number\":\"050 123 45 67\",\"description\":\"" + description + "\"}")
                .when().post("/diagnoses")
                .then().statusCode(200)
                .body("causes[0].code", equalTo("CREDITED_BUT_MISSING"))
                .body("causes[0].remedy", equalTo(remedy))
                .body("causes[0].retry.advice", equalTo("CHECK_FIRST"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | a foreign card",
            "az | xarici kart",
            "ru | иностранн",
            "zh | 外国银行卡"})
    void aForeignCardRefusedAtALocalCardOnlyAppIsToldWhichChannelTakesIt(String language, String foreignCard) {
        JsonPath cause = given().contentType(ContentType.JSON).header("Accept-Language", language)
                .body("{\"number\":\"050 123 45 67\",\"channelId\":\"local-bank-apps\",\"failureCode\":\"CARD_DECLINED\","
                        + "\"paymentMethods\":[\"international-card\"]}")
                .when().post("/diagnoses")
                .then().statusCode(200)
                .body("causes[0].code", equalTo("PAYMENT_REFUSED"))
                .body("causes[0].retry.advice", equalTo("DO_NOT_RETRY"))
                .body("causes[0].alternative.channelId", notNullValue())
                .body("causes[0].alternative.channelId", not(equalTo("local-bank-apps")))
                .body("causes[0].alternative.paymentMethods", hasItem("international-card"))
                .extract().jsonPath().setRootPath("causes[0]");
        String remedy = cause.getString("remedy");
        assertThat(remedy, containsString(cause.getString("alternative.name")));
        assertThat(remedy.toLowerCase(), containsString(foreignCard));
        List<String> steps = cause.getList("alternative.steps");
        assertFalse(steps.isEmpty());
    }
}
