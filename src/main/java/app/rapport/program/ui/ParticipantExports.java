package app.rapport.program.ui;

import app.rapport.program.ParticipantImport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Participants page's two downloads in the import format: everyone, and the people selected
 * in the list. The selection is kept here as ids when it changes, so a download never reads the
 * grid from the download's thread.
 */
final class ParticipantExports {

    private final ParticipantImport imports;
    private final long programId;
    private final String baseName;
    private final AtomicReference<Set<Long>> selected = new AtomicReference<>(Set.of());
    private final Anchor all;
    private final Anchor chosen;
    private final Button chosenButton = new Button("Export selected", VaadinIcon.DOWNLOAD.create());

    ParticipantExports(ParticipantImport imports, long programId, String programName) {
        this.imports = imports;
        this.programId = programId;
        this.baseName = programName.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
        all = link("export-csv", new Button("Export CSV", VaadinIcon.DOWNLOAD.create()), baseName + "-participants.csv",
                out -> imports.export(programId, out));
        chosen = link("export-selected", chosenButton, baseName + "-selected.csv",
                out -> imports.export(programId, selected.get(), out));
        chosen.setVisible(false);
    }

    Anchor all() {
        return all;
    }

    Anchor selected() {
        return chosen;
    }

    void select(Set<Long> enrolmentIds) {
        selected.set(Set.copyOf(enrolmentIds));
        chosen.setVisible(!enrolmentIds.isEmpty());
        chosenButton.setText("Export " + enrolmentIds.size() + " selected");
    }

    private interface Export {
        void write(Writer out) throws IOException;
    }

    private static Anchor link(String id, Button button, String fileName, Export export) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = new ByteArrayOutputStream();
            try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                export.write(writer);
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), fileName,
                    "text/csv;charset=UTF-8", bytes.size());
        }), "");
        link.getElement().setAttribute("download", true);
        link.setId(id);
        // The link is what the keyboard reaches; the button inside only looks like one.
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }
}
