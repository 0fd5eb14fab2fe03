package az.balans.history.mapping;

import az.balans.history.repository.AttemptRepository;
import az.balans.problem.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** An opaque cursor: where the previous page ended, as the time and id of its last attempt. */
public final class Cursor {

    private Cursor() {}

    public static String encode(AttemptRepository.Position position) {
        String plain = position.firstEventAt() + "|" + position.attemptId();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static AttemptRepository.Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain =
                    new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return new AttemptRepository.Position(
                    Instant.parse(plain.substring(0, bar)), plain.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new InvalidFieldException("cursor", "is not a cursor this API gave out");
        }
    }
}
