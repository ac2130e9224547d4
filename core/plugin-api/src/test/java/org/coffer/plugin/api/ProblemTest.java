package org.coffer.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    enum TestingErrorCode implements ErrorCode {
        TEST_BAD_AMOUNT;

        @Override
        public ErrorCategory category() {
            return ErrorCategory.DATA;
        }
    }

    @Test
    void namesFileLocationFieldAndCode() {
        Problem problem = new Problem("bunq.sta", Location.line(12), ":61: amount",
                TestingErrorCode.TEST_BAD_AMOUNT, "'12.3x' is not an amount");
        assertThat(problem).hasToString(
                "bunq.sta, line 12, field :61: amount: '12.3x' is not an amount [TEST_BAD_AMOUNT]");
    }

    @Test
    void elementPathsNameTheXmlElement() {
        Problem problem = new Problem("stmt.xml", Location.element("Stmt[2]/Ntry[14]"), null,
                TestingErrorCode.TEST_BAD_AMOUNT, "no amount");
        assertThat(problem).hasToString("stmt.xml, element Stmt[2]/Ntry[14]: no amount [TEST_BAD_AMOUNT]");
    }
}
