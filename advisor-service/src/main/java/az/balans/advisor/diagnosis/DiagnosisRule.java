package az.balans.advisor.diagnosis;

/** A row of the failure table: weighs the case for its cause and adds what it finds. */
@FunctionalInterface
interface DiagnosisRule {

    void weigh(DiagnosisCase facts, Findings found);
}
