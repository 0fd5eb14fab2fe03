package az.balans.history.service;

import az.balans.history.repository.Attempt;
import az.balans.history.repository.AttemptRepository;
import java.util.List;
import java.util.function.Function;

/** A page of attempts in the order they were listed, and where the next page starts (null on the last). */
public record AttemptSlice<T>(List<T> items, AttemptRepository.Position next) {

    /** Reads one page from {@code found}, a list of up to one more than {@code size}: the one more says there is a next page. */
    static <T> AttemptSlice<T> of(List<T> found, int size, Function<T, Attempt> attemptOf) {
        List<T> page = found.subList(0, Math.min(size, found.size()));
        if (found.size() <= size) {
            return new AttemptSlice<>(page, null);
        }
        Attempt last = attemptOf.apply(page.get(page.size() - 1));
        return new AttemptSlice<>(
                page, new AttemptRepository.Position(last.firstEventAt, last.attemptId));
    }
}
