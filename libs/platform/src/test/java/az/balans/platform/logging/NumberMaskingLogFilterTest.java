package az.balans.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.BatchUpdateException;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberMaskingLogFilterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Stored +994501234567                | Stored +99450***4567",
                "key (msisdn)=(994551234567) exists  | key (msisdn)=(99455***4567) exists",
                "call 00994 70 555 01 23 now         | call 0099470***0123 now",
                "typed 050-123-45-67                 | typed 050***4567",
                "GET /subscribers/%2B994775550123    | GET /subscribers/%2B99477***0123",
                "offset 1764000000123 and id 12345   | offset 1764000000123 and id 12345",
            })
    void masksEveryWholeNumberAndNothingElse(String text, String masked) {
        assertEquals(masked, NumberMaskingLogFilter.mask(text));
    }

    @Test
    void aRecordLeavesWithItsParametersAndExceptionChainMasked() {
        ExtLogRecord record =
                new ExtLogRecord(
                        Level.WARNING,
                        "Could not store %s",
                        ExtLogRecord.FormatStyle.PRINTF,
                        NumberMaskingLogFilterTest.class.getName());
        record.setParameters(new Object[] {"+994501234567"});
        BatchUpdateException batch =
                new BatchUpdateException(
                        "Batch entry 0 insert into recharge_event values ('e1', '+994707654321') was aborted",
                        "23505",
                        new int[0]);
        batch.addSuppressed(new IllegalStateException("also +994551112233"));
        record.setThrown(new IllegalStateException("could not store", batch));

        assertTrue(new NumberMaskingLogFilter().isLoggable(record));

        assertEquals("Could not store +99450***4567", record.getFormattedMessage());
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        assertTrue(
                trace.toString()
                        .contains(
                                "java.sql.BatchUpdateException: Batch entry 0 insert into recharge_event values ('e1', '+99470***4321')"),
                trace::toString);
        assertTrue(
                trace.toString()
                        .contains("at az.balans.platform.logging.NumberMaskingLogFilterTest"),
                "the stack frames are kept");
        assertFalse(
                trace.toString().contains("7654321") || trace.toString().contains("1112233"),
                trace::toString);
    }
}
