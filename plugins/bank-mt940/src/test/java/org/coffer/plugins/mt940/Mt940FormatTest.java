package org.coffer.plugins.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.testing.AbstractInboundFormatTest;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.sampledata.GeneratedFile;
import org.coffer.sampledata.StatementFiles;
import org.junit.jupiter.api.Test;

class Mt940FormatTest extends AbstractInboundFormatTest {

    @Override
    protected InboundFormat format() {
        return new Mt940Format();
    }

    @Override
    protected List<String> ownFixtures() {
        return Fixtures.all().stream().filter(fixture -> fixture.startsWith("mt940/")).toList();
    }

    @Override
    protected GeneratedFile generate(StatementFiles files, Path file, int lines) throws IOException {
        return files.mt940(file, lines);
    }

    @Override
    protected int largeFileLines() {
        return 750_000;
    }

    @Test
    void readsBackWhatTheGeneratorWroteInsideSwiftBlocks() throws IOException {
        GeneratedFile generated = new StatementFiles(11L).mt940WithSwiftBlocks(temp.resolve("blocks.sta"), 200);

        Outcome outcome = read(generated.path());

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.sink().problems()).isEmpty();
        assertThat(outcome.sink().statements()).hasSize(generated.statements());
        assertThat(outcome.sink().statements()).allSatisfy(s -> assertThat(s.start().account())
                .isEqualTo(generated.account()));
        List<StatementLine> lines = outcome.sink().lines();
        assertThat(lines).extracting(StatementLine::signedPence)
                .containsExactlyElementsOf(generated.expected().stream().map(e -> e.signedPence()).toList());
        assertThat(lines).extracting(StatementLine::valueDate)
                .containsExactlyElementsOf(generated.expected().stream().map(e -> e.valueDate()).toList());
        assertThat(lines).extracting(StatementLine::reference)
                .containsExactlyElementsOf(generated.expected().stream().map(e -> e.reference().strip()).toList());
    }
}
