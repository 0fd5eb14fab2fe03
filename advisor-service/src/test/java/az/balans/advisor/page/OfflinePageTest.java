package az.balans.advisor.page;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.NeighboursStub;
import az.balans.testsupport.Management;
import az.balans.testsupport.WithKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the page keeps for use without data, in each language, on the catalog's seed; the service
 * worker that answers from it; the web app manifest that makes the page installable.
 */
@QuarkusTest
@WithKafka
@WithTestResource(
        value = NeighboursStub.class,
        scope = TestResourceScope.RESTRICTED_TO_CLASS,
        initArgs =
                @ResourceArg(
                        name = NeighboursStub.CATALOG_FIXTURE,
                        value = "/stubs/catalog-seed.json"))
class OfflinePageTest {

    @BeforeEach
    void catalogLoaded() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Management.given().get("/q/health/ready").statusCode() == 200);
    }

    /**
     * For every carrier Balans tops up, in the visitor's language: the balance code, the credit
     * advance with its code and cost, the scratch card's and kiosks' steps, and the message for
     * someone elsewhere with the number left to fill in; asked afresh on every visit.
     */
    @ParameterizedTest
    @CsvSource({
        "en, You are offline, What it costs, Could you top up my Nar number {number}",
        "az, İnternet yoxdur, Qiyməti, Nar nömrəmin ({number})",
        "ru, Нет подключения, Стоимость, пополнить мой номер Nar {number}",
        "zh, 当前没有网络, 费用, 给 Nar 号码 {number} 充值"
    })
    void theKeptCopyHoldsEveryCarriersWaysThatNeedNoData(
            String language, String notice, String cost, String ask) {
        JsonPath pack =
                given().when()
                        .get("/offline/{language}.json", language)
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", "no-cache")
                        .extract()
                        .jsonPath();
        assertEquals(language, pack.getString("language"));
        assertThat(pack.getString("words.notice"), containsString(notice));
        assertThat(pack.getString("words.notice"), containsString(pack.getString("savedAt")));
        assertEquals(List.of("azercell", "bakcell", "nar"), pack.getList("carriers.id"));
        assertThat(pack.getList("ranges.carrier"), everyItem(not(equalTo("naxtel"))));
        assertThat(pack.getList("ranges"), hasItem(Map.of("prefix", "070", "carrier", "nar")));
        String nar = "carriers.find { it.id == 'nar' }.";
        assertThat(pack.getString(nar + "holder"), containsString("*777#YES"));
        assertThat(pack.getString(nar + "waysOut[0].name"), containsString("Nar Kredit"));
        assertThat(
                pack.getList(nar + "waysOut[0].steps", String.class).get(0),
                containsString("*700#01#YES"));
        assertThat(
                pack.getList(nar + "waysOut[0].reasons", String.class),
                hasItem(containsString(cost)));
        assertThat(
                pack.getList(nar + "withCash.name", String.class), hasItem(containsString("Nar")));
        assertThat(pack.getString(nar + "messageForSomeoneElse"), containsString(ask));
        assertThat(
                pack.getList(nar + "nearby[0].steps", String.class).get(0),
                containsString("*790#"));
    }

    @Test
    void aKeptCopyInALanguageThePageDoesNotSpeakIsNotFound() {
        given().when()
                .get("/offline/de.json")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /** At the root, so that it may answer for the whole page, and asked for anew on every visit. */
    @Test
    void theServiceWorkerIsServedFromTheRootAndNeverKeptStale() {
        String worker =
                given().when()
                        .get("/sw.js")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("javascript"))
                        .header("Cache-Control", "no-cache")
                        .extract()
                        .asString();
        assertThat(worker, containsString("addEventListener('fetch'"));
        assertThat(worker, containsString("request.method !== 'GET'"));
    }

    /**
     * Installable: the manifest has what browsers ask of one (a name, a start URL, a standalone
     * display, icons of 192 and 512 px that are what they say), and every page links it.
     */
    @Test
    void theManifestValidatesAndItsIconsAreWhatItSays() throws IOException {
        JsonPath manifest =
                given().when()
                        .get("/manifest.webmanifest")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("application/manifest+json"))
                        .extract()
                        .jsonPath();
        assertThat(manifest.getString("name"), containsString("Balans"));
        assertEquals("Balans", manifest.getString("short_name"));
        assertEquals("/", manifest.getString("start_url"));
        assertEquals("standalone", manifest.getString("display"));
        assertTrue(manifest.getString("theme_color").matches("#[0-9a-f]{6}"));
        List<Map<String, String>> icons = manifest.getList("icons");
        assertEquals(
                List.of("192x192", "512x512"), icons.stream().map(i -> i.get("sizes")).toList());
        for (Map<String, String> icon : icons) {
            byte[] png =
                    given().when()
                            .get(icon.get("src"))
                            .then()
                            .statusCode(200)
                            .contentType(icon.get("type"))
                            .extract()
                            .asByteArray();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(icon.get("sizes"), image.getWidth() + "x" + image.getHeight());
        }
        for (String page : List.of("/", "/failed", "/status")) {
            assertThat(
                    given().when().get(page).then().statusCode(200).extract().asString(),
                    containsString("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"));
        }
    }
}
