package app.rapport.program;

import app.rapport.base.RuleViolation;
import app.rapport.program.csv.ParticipantCsv;
import app.rapport.program.domain.ImportStore;
import app.rapport.program.domain.ParticipantQueries;
import app.rapport.security.PeopleService;
import app.rapport.security.AppRoles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import and export of a program's participants. An import is previewed first (nothing is
 * written), then applied in one transaction; the same file applied twice changes nothing, since
 * people are matched by email.
 */
@Service
public class ParticipantImport {

    private final ProgramAccess access;
    private final PeopleService directory;
    private final ImportStore store;
    private final ParticipantQueries queries;
    private final Clock clock;

    ParticipantImport(ProgramAccess access, PeopleService directory, ImportStore store, ParticipantQueries queries,
            Clock clock) {
        this.access = access;
        this.directory = directory;
        this.store = store;
        this.queries = queries;
        this.clock = clock;
    }

    /** Reads and checks a file against the program as it is now. Writes nothing. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional(readOnly = true)
    public ImportPreview preview(long programId, InputStream file, DoubleConsumer progress) throws IOException {
        access.changeable(programId);
        var parsed = ParticipantCsv.parse(file, ParticipantCsv.MAX_BYTES, progress);
        var problems = parsed.errors().stream().map(e -> new ImportPreview.Problem(e.line(), e.message())).toList();
        if (parsed.fileError() != null) {
            return new ImportPreview(parsed.fileError(), List.of(), List.of(), 0, 0, 0);
        }
        var plan = classify(programId, parsed.rows());
        return new ImportPreview(null, problems, parsed.rows(), plan.created, plan.updated, plan.unchanged);
    }

    /** Imports a clean preview's rows in one transaction. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public ImportResult apply(long programId, ImportPreview preview, DoubleConsumer progress) {
        access.changeable(programId);
        if (!preview.canImport()) {
            throw new RuleViolation(null, "Fix the problems in the file and preview it again before importing.");
        }
        var names = new LinkedHashMap<String, String>();
        preview.rows().forEach(r -> names.put(r.email(), r.name()));
        var accountIds = directory.ensurePeople(names);
        var people = directory.people(accountIds.values());
        progress.accept(0.2);
        var plan = classify(programId, preview.rows(), accountIds);
        var tagNames = new HashMap<String, String>();
        for (var w : plan.writes) {
            w.skills().forEach(t -> tagNames.putIfAbsent(ImportStore.key(t), t));
            w.goals().forEach(t -> tagNames.putIfAbsent(ImportStore.key(t), t));
        }
        var tagIds = store.ensureTags(programId, tagNames);
        store.write(programId, plan.writes, people, tagIds, clock.instant(), p -> progress.accept(0.3 + 0.7 * p));
        return new ImportResult(plan.created, plan.updated, plan.unchanged);
    }

    /** Writes the program's participants in the import format, so export then import is a round trip. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional(readOnly = true)
    public void export(long programId, Writer out) throws IOException {
        access.manageable(programId);
        ParticipantCsv.write(activeRows(programId, id -> true), out);
    }

    /**
     * The same for the chosen participants only (a selection in the list). Ids of another program's
     * people, or of nobody, select nothing.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional(readOnly = true)
    public void export(long programId, Set<Long> enrolmentIds, Writer out) throws IOException {
        access.manageable(programId);
        var chosen = Set.copyOf(enrolmentIds);
        ParticipantCsv.write(activeRows(programId, chosen::contains), out);
    }

    private List<ParticipantRow> activeRows(long programId, java.util.function.LongPredicate chosen) {
        var criteria = new ParticipantQueries.Criteria(programId, null, null, null, null);
        var rows = new ArrayList<ParticipantRow>();
        int pageSize = 500;
        for (int offset = 0;; offset += pageSize) {
            var page = queries.page(criteria, Sort.by("email"), offset, pageSize);
            for (var enrolment : page) {
                var s = EnrolmentService.summary(enrolment);
                if (s.status() == EnrolmentStatus.ACTIVE && chosen.test(s.enrolmentId())) {
                    rows.add(new ParticipantRow(0, s.email(), s.name(), s.role(), s.capacity(), s.skills(), s.goals(),
                            s.department(), s.timezone(), s.languages()));
                }
            }
            if (page.size() < pageSize) {
                return rows;
            }
        }
    }

    private static final class Plan {
        final List<ImportStore.Write> writes = new ArrayList<>();
        int created;
        int updated;
        int unchanged;
    }

    private Plan classify(long programId, List<ParticipantRow> rows) {
        return classify(programId, rows, directory.idsByEmail(rows.stream().map(ParticipantRow::email).toList()));
    }

    private Plan classify(long programId, List<ParticipantRow> rows, Map<String, Long> accountIds) {
        var existing = store.snapshots(programId);
        var plan = new Plan();
        for (var row : rows) {
            var accountId = accountIds.get(row.email());
            var snapshot = accountId == null ? null : existing.get(accountId);
            if (snapshot == null) {
                plan.created++;
            } else if (same(snapshot, row)) {
                plan.unchanged++;
                continue;
            } else {
                plan.updated++;
            }
            if (accountId != null) {
                plan.writes.add(new ImportStore.Write(snapshot == null ? null : snapshot.enrolmentId(), accountId,
                        row.role(), row.role() == EnrolmentRole.MENTOR ? row.capacity() : null, row.department(),
                        row.timezone(), row.skills(), row.goals(), row.languages()));
            }
        }
        return plan;
    }

    private static boolean same(ImportStore.Snapshot s, ParticipantRow r) {
        return s.active() && s.role() == r.role()
                && Objects.equals(s.capacity(), r.role() == EnrolmentRole.MENTOR ? r.capacity() : null)
                && Objects.equals(s.department(), r.department()) && Objects.equals(s.timezone(), r.timezone())
                && keys(s.skills()).equals(keys(r.skills())) && keys(s.goals()).equals(keys(r.goals()))
                && keys(s.languages()).equals(keys(r.languages()));
    }

    private static java.util.Set<String> keys(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
