package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutFilesTest {

    @TempDir
    Path council;

    @Test
    void aCouncilWithNoLayoutsFolderHasNoLayouts() {
        assertThat(LayoutFiles.read(council)).isEmpty();
    }

    @Test
    void readsEachSettingWithItsLineSkippingCommentsAndOtherFiles() throws IOException {
        write("bank.layout", "\uFEFF# our bank\nfamily=csv-layout\n\nid = our-bank \ndate=#1\n");
        write("notes.txt", "not a layout");

        assertThat(LayoutFiles.read(council)).singleElement().satisfies(layout -> {
            assertThat(layout.source()).isEqualTo("layouts/bank.layout");
            assertThat(layout.family()).isEqualTo("csv-layout");
            assertThat(layout.file().value("id")).hasValue("our-bank");
            assertThat(layout.file().location("date")).isEqualTo(Location.line(5));
            assertThat(layout.file().location("delimiter")).isEqualTo(Location.wholeFile());
        });
    }

    @Test
    void refusesASettingGivenTwiceNamingBothLines() throws IOException {
        write("bank.layout", "family=csv-layout\nid=a\nid=b\n");

        assertThatThrownBy(() -> LayoutFiles.read(council))
                .hasMessageContaining("bank.layout line 3: sets 'id' again; it was set on line 2");
    }

    @Test
    void refusesALineThatIsNotASettingAndAFileWithNoFamily() throws IOException {
        write("a.layout", "family=csv-layout\njust words\n");
        assertThatThrownBy(() -> LayoutFiles.read(council)).hasMessageContaining("a.layout line 2: is not a setting");

        write("a.layout", "id=a\n");
        assertThatThrownBy(() -> LayoutFiles.read(council)).hasMessageContaining("names no format family");
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(council.resolve(LayoutFiles.FOLDER));
        Files.writeString(council.resolve(LayoutFiles.FOLDER).resolve(name), text, StandardCharsets.UTF_8);
    }
}
