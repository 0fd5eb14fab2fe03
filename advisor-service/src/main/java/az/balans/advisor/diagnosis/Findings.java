package az.balans.advisor.diagnosis;

import az.balans.advisor.recommendation.Recommendation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The causes the rules have found so far: for each, the strongest evidence wins, and the facts add up. */
final class Findings {

    private final Map<CauseCode, Candidate> causes = new LinkedHashMap<>();

    /** Adds a fact for {@code code}; the explanation and remedy are the likeliest reading's. */
    Candidate add(
            CauseCode code,
            double likelihood,
            Diagnosis.Fact fact,
            String explanation,
            String remedy) {
        Candidate candidate = causes.computeIfAbsent(code, Candidate::new);
        if (likelihood > candidate.likelihood) {
            candidate.likelihood = likelihood;
            candidate.explanation = explanation;
            candidate.remedy = remedy;
        }
        return candidate.with(fact);
    }

    boolean has(CauseCode code) {
        return causes.containsKey(code);
    }

    boolean isEmpty() {
        return causes.isEmpty();
    }

    Collection<Candidate> candidates() {
        return causes.values();
    }

    /** A cause as it is being built. */
    static final class Candidate {
        final CauseCode code;
        double likelihood;
        final List<Diagnosis.Fact> facts = new ArrayList<>();
        String explanation;
        String remedy;

        /** For a top-up still under way: the minutes left before it is due. */
        Integer dueInMinutes;

        private Candidate(CauseCode code) {
            this.code = code;
        }

        /** Adds a fact the cause rests on; null (a fact history did not record) adds nothing. */
        Candidate with(Diagnosis.Fact fact) {
            if (fact != null && !facts.contains(fact)) {
                facts.add(fact);
            }
            return this;
        }

        Candidate waiting(int minutes) {
            dueInMinutes = Math.max(minutes, 1);
            return this;
        }

        Candidate waitingIf(boolean pending, int minutes) {
            return pending && dueInMinutes == null ? waiting(minutes) : this;
        }

        Diagnosis.Cause toCause(
                Diagnosis.Retry retry,
                Diagnosis.Alternative alternative,
                List<Recommendation.Source> sources) {
            return new Diagnosis.Cause(
                    code,
                    likelihood,
                    List.copyOf(facts),
                    explanation,
                    remedy,
                    retry,
                    alternative,
                    sources);
        }
    }
}
