package app.rapport.program.ui;

import app.rapport.base.RuleViolation;
import app.rapport.base.ui.Notifications;
import app.rapport.program.ImportPreview;
import app.rapport.program.ParticipantImport;
import app.rapport.program.csv.ParticipantCsv;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports participants from a CSV file in two steps: a preview that writes nothing (counts, and
 * every problem with its line), then the import of a clean file in one transaction. Reading and
 * writing run in the background with a progress bar.
 */
final class ImportDialog extends Dialog {

    private static final String FILE_SIZE = "event.detail.file.size";

    private final transient ParticipantImport imports;
    private final long programId;
    private final transient Runnable onImported;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Grid<ImportPreview.Problem> problems = new Grid<>(ImportPreview.Problem.class, false);
    private final Button importButton = new Button("Import");
    private final Upload upload = new Upload(new LimitedUploadHandler(ParticipantCsv.MAX_BYTES,
            ParticipantCsv::tooLarge, this::startPreview, message -> showStatus(message, true)));
    private transient ImportPreview preview;

    ImportDialog(ParticipantImport imports, long programId, Runnable onImported) {
        this.imports = imports;
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
        runInBackground("Reading the file…", () -> {
            var result = imports.preview(programId, new ByteArrayInputStream(bytes), this::showProgress);
            access(() -> showPreview(result));
        });
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
        runInBackground("Importing…", () -> {
            var result = imports.apply(programId, toImport, this::showProgress);
            access(() -> {
                close();
                onImported.run();
                Notifications.success("Imported: " + result.created() + " new, " + result.updated() + " updated, "
                        + result.unchanged() + " unchanged");
            });
        });
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs work off the request thread with the caller's security context; the UI polls meanwhile. */
    private void runInBackground(String label, Work work) {
        var ui = UI.getCurrent();
        showStatus(label, false);
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(250);
        var task = new DelegatingSecurityContextRunnable(() -> {
            try {
                work.run();
            } catch (RuleViolation e) {
                access(() -> showStatus(e.getMessage(), true));
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(ImportDialog.class).error("Import failed", e);
                access(() -> showStatus("The import failed and nothing was saved. Try again; if it fails again, "
                        + "tell your administrator.", true));
            } finally {
                access(() -> {
                    progress.setVisible(false);
                    ui.setPollInterval(-1);
                });
            }
        }, SecurityContextHolder.getContext());
        CompletableFuture.runAsync(task);
    }

    private void showProgress(double value) {
        access(() -> progress.setValue(Math.max(0, Math.min(1, value))));
    }

    private void access(Runnable change) {
        getUI().ifPresent(ui -> ui.access(change::run));
    }

    private void showStatus(String text, boolean error) {
        status.setText(text);
        status.setClassName("rapport-form-error", error);
    }

}
