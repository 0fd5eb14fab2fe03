package az.balans.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One endpoint under one load, as Gatling runs it: a fixed number of concurrent users (closed model,
 * to find the ceiling) or a fixed arrival rate (open model: a request is sent on schedule whether or
 * not earlier ones came back, so latency includes any queueing and is not hidden by coordinated
 * omission). Gatling instantiates it itself; {@link LoadPlan} hands it its plan.
 */
public class EndpointLoad extends Simulation {

    {
        LoadPlan plan = LoadPlan.received();
        HttpProtocolBuilder protocol =
                http.baseUrl(plan.baseUrl())
                        .acceptHeader("application/json")
                        .contentTypeHeader("application/json")
                        .shareConnections();
        if (plan.endpoint().authorization() != null) {
            protocol = protocol.authorizationHeader(plan.endpoint().authorization());
        }
        HttpRequestActionBuilder request =
                switch (plan.endpoint().method()) {
                    case "GET" -> http(plan.endpoint().name()).get(plan.endpoint().path());
                    case "POST" ->
                            http(plan.endpoint().name())
                                    .post(plan.endpoint().path())
                                    .body(StringBody(plan.endpoint().body()));
                    default ->
                            throw new IllegalArgumentException(
                                    "unsupported method " + plan.endpoint().method());
                };
        Iterator<Map<String, Object>> numbers =
                Stream.generate(() -> plan.numbers().nextAsk()).iterator();
        ScenarioBuilder scenario =
                scenario(plan.endpoint().name())
                        .feed(numbers)
                        .exec(request.check(status().in(200, 204)));
        Duration duration = plan.duration();
        if (plan.arrivalsPerSecond() > 0) {
            setUp(
                            scenario.injectOpen(
                                    constantUsersPerSec(plan.arrivalsPerSecond()).during(duration)))
                    .protocols(protocol);
        } else {
            setUp(
                            scenario.injectClosed(
                                    constantConcurrentUsers(plan.concurrentUsers())
                                            .during(duration)))
                    .protocols(protocol);
        }
    }
}
