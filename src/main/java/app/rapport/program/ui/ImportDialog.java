package app.rapport.program.ui;

import app.rapport.base.ui.BackgroundTasks;
import app.rapport.base.ui.Notifications;
import app.rapport.program.ImportPreview;
import app.rapport.program.ParticipantImport;
import app.rapport.program.csv.ParticipantCsv;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

/**
 * Imports participants from a CSV file in two steps: a preview that writes nothing (counts, and
 * every problem with its line), then the import of a clean file in one transaction. Reading and
 * writing run in the background with a progress bar.
 */
final class ImportDialog extends Dialog {

    private static final String FILE_SIZE = "event.detail.file.size";

    private final transient ParticipantImport imports;
    private final transient BackgroundTasks tasks;
    private final long programId;
    private final transient Runnable onImported;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Grid<ImportPreview.Problem> problems = new Grid<>(ImportPreview.Problem.class, false);
    private final Button importButton = new Button("Import");
    private final Upload upload = new Upload(new LimitedUploadHandler(ParticipantCsv.MAX_BYTES,
            ParticipantCsv::tooLarge, this::startPreview, message -> showStatus(message, true)));
    private transient ImportPreview preview;

    ImportDialog(ParticipantImport imports, BackgroundTasks tasks, long programId, Runnable onImported) {
        this.imports = imports;
        this.tasks = tasks;
        this.programId = programId;
        this.onImported = onImported;
        setHeaderTitle("Import participants from CSV");
        setWidth("min(48rem, 95vw)");

        var format = new Pre("email,name,role,capacity,skills,goals,department,timezone,languages\n"
                + "ada@example.org,Ada Lovelace,mentor,2,Negotiation;Hiring,Public speaking,R&D,Europe/London,English");
        format.addClassName("rapport-code");
        var help = new Paragraph("UTF-8, comma or semicolon separated, at most 5 MB. Role is mentor or mentee; "
                + "capacity (1-10) only for mentors; lists separated by ';'. People are matched by email, so "
                + "importing the same file again changes nothing.");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setUploadButton(new Button("Choose a CSV file…"));
        // The browser refuses a larger file before sending it; the handler refuses one that comes anyway.
        upload.setMaxFileSize((int) ParticipantCsv.MAX_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a CSV file here"));
        // The browser's own reason ("File is Too Big.") names no sizes; its file's size lets the dialog say both.
        upload.getElement().addEventListener("file-reject", e -> {
            long size = e.getEventData().get(FILE_SIZE).asLong();
            showStatus(size > ParticipantCsv.MAX_BYTES ? ParticipantCsv.tooLarge(size) : "Choose a .csv file.", true);
        }).addEventData(FILE_SIZE);
        upload.setId("csv-upload");

        progress.setVisible(false);
        status.setId("import-status");
        problems.addColumn(ImportPreview.Problem::line).setHeader("Line").setWidth("6rem").setFlexGrow(0);
        problems.addColumn(ImportPreview.Problem::message).setHeader("Problem").setFlexGrow(1);
        problems.setAllRowsVisible(false);
        problems.setHeight("14rem");
        problems.setVisible(false);
        problems.setId("import-problems");

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("confirm-import");
        importButton.addClickListener(e -> startImport());
        add(help, format, upload, progress, status, problems);
        getFooter().add(new Button("Close", e -> close()), importButton);
    }

    private void startPreview(byte[] bytes) {
        importButton.setEnabled(false);
        problems.setVisible(false);
        runInBackground("Reading the file…", fraction -> imports.preview(programId, new ByteArrayInputStream(bytes),
                fraction), this::showPreview);
    }

    private void showPreview(ImportPreview result) {
        this.preview = result;
        // Ready for a corrected file at once.
        upload.clearFileList();
        if (result.fileError() != null) {
            showStatus(result.fileError(), true);
            return;
        }
        var counts = result.newCount() + " new · " + result.updatedCount() + " updated · " + result.unchangedCount()
                + " unchanged";
        if (!result.problems().isEmpty()) {
            showStatus(result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s")
                    + " to fix; nothing was imported. Correct the file and upload it again. (" + counts + ")", true);
            problems.setItems(result.problems());
            problems.setVisible(true);
        } else if (result.rows().isEmpty()) {
            showStatus("The file has no participants.", true);
        } else {
            showStatus("Ready to import: " + counts + ".", false);
            importButton.setEnabled(result.newCount() + result.updatedCount() > 0);
        }
    }

    private void startImport() {
        importButton.setEnabled(false);
        var toImport = preview;
        runInBackground("Importing…", fraction -> imports.apply(programId, toImport, fraction), result -> {
            close();
            onImported.run();
            Notifications.success("Imported: " + result.created() + " new, " + result.updated() + " updated, "
                    + result.unchanged() + " unchanged");
        });
    }

    /** Reads or writes off the request thread with a progress bar; the dialog says how it ended. */
    private <T> void runInBackground(String label, BackgroundTasks.Work<T> work, Consumer<T> done) {
        showStatus(label, false);
        progress.setValue(0);
        progress.setVisible(true);
        tasks.task("Participant import of program " + programId, work)
                .onProgress(progress::setValue)
                .onDone(done)
                .onRefused(e -> showStatus(e.getMessage(), true))
                .onFailed(() -> showStatus("The import failed and nothing was saved. Try again; if it fails again, "
                        + "tell your administrator.", true))
                .always(() -> progress.setVisible(false))
                .start();
    }

    private void showStatus(String text, boolean error) {
        status.setText(text);
        status.setClassName("rapport-form-error", error);
    }

}
