package com.partnershiptracker.review;

import com.partnershiptracker.audit.RevisionNote;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FormValues;
import jakarta.persistence.EntityManager;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Drafts: saved and saved again by their editor, withdrawn, sent back or published by a reviewer. Publishing
 * applies the draft through its kind, in one transaction whose revision names the editor as its author and the
 * reviewer as its reviewer.
 */
@Service
@Transactional(readOnly = true)
public class DraftService {

    private static final Set<DraftStatus> OPEN = EnumSet.of(DraftStatus.PENDING, DraftStatus.SENT_BACK);

    private final DraftRepository drafts;
    private final DraftKinds kinds;
    private final DraftPayloads payloads;
    private final EntityManager entityManager;
    private final TransactionTemplate previewTransaction;

    DraftService(DraftRepository drafts, DraftKinds kinds, DraftPayloads payloads, EntityManager entityManager,
                 PlatformTransactionManager transactions) {
        this.drafts = drafts;
        this.kinds = kinds;
        this.payloads = payloads;
        this.entityManager = entityManager;
        this.previewTransaction = new TransactionTemplate(transactions);
    }

    /**
     * Keeps the form as a draft of {@code kind} for the record (null: a create), made from the form's version.
     * A form opened before the record's last save is refused, as a direct save would be.
     * A form reopened from one of the editor's own open drafts (its {@code draft} set) replaces that draft and
     * sends it for review again; otherwise a new draft is made.
     *
     * @throws StaleRecordException when the record moved past the form's version
     */
    @Transactional
    public Draft save(String kind, Long recordId, EditForm form, String editor) {
        DraftKind<?> draftKind = kinds.named(kind);
        Long reopened = form.getDraft();
        String label = labelOf(draftKind, form);
        String payload;
        form.setDraft(null);
        try {
            payload = payloads.write(form);
        } finally {
            // A refused save shows the form again, still tied to the draft it was reopened from.
            form.setDraft(reopened);
        }
        Long baseVersion = recordId == null ? null : form.getVersion();
        if (recordId != null && !Objects.equals(draftKind.currentForm(recordId).getVersion(), baseVersion)) {
            // As a direct save would be: the editor sees the three-way panel rather than draft over a change unseen.
            throw new StaleRecordException(kind, recordId);
        }
        Instant now = Instant.now();
        if (reopened != null) {
            Draft draft = drafts.findById(reopened).orElse(null);
            if (draft != null && draft.getStatus().isOpen() && draft.getEditor().equals(editor)
                    && draft.getKind().equals(kind) && Objects.equals(draft.getRecordId(), recordId)) {
                draft.resubmit(baseVersion, payload, label, LocaleContextHolder.getLocale(), now);
                return draft;
            }
        }
        return drafts.save(new Draft(kind, recordId, baseVersion, payload, label, editor, LocaleContextHolder.getLocale(), now));
    }

    /** @throws DraftNotFoundException when there is no such draft */
    public Draft get(long id) {
        return drafts.findById(id).orElseThrow(() -> new DraftNotFoundException(id));
    }

    /** The draft while it waits for review or was sent back; empty once published or withdrawn, or unknown. */
    public Optional<Draft> findOpen(long id) {
        return drafts.findById(id).filter(draft -> draft.getStatus().isOpen());
    }

    /** The drafts waiting for a reviewer, oldest first (at most 200). */
    public List<Draft> pending() {
        return drafts.findTop200ByStatusOrderByUpdatedAtAsc(DraftStatus.PENDING);
    }

    public long pendingCount() {
        return drafts.countByStatus(DraftStatus.PENDING);
    }

    /** The editor's drafts that are waiting or were sent back, newest first (at most 200). */
    public List<Draft> openDraftsOf(String editor) {
        return drafts.findTop200ByEditorAndStatusInOrderByUpdatedAtDesc(editor, OPEN);
    }

    /** The ids of records of the kind that have a draft waiting or sent back; one statement. */
    public Set<Long> recordsWithOpenDrafts(String kind) {
        return new HashSet<>(drafts.recordIdsWithDraftsOf(kind, OPEN));
    }

    /** The draft's payload, a fresh copy each time. */
    public EditForm formOf(Draft draft) {
        return payloads.read(draft.getPayload(), kinds.named(draft.getKind()).formClass());
    }

    /** The published record the draft changes, as a form (a blank one for a create). */
    public EditForm publishedFormOf(Draft draft) {
        return inLanguageOf(draft, () -> kinds.named(draft.getKind()).currentForm(draft.getRecordId()));
    }

    /**
     * Runs {@code work} in the draft's language, so that the published record names the records it refers to as
     * the draft does and a reviewer reading another language sees no change where there is none.
     */
    private static <T> T inLanguageOf(Draft draft, Supplier<T> work) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(draft.getLocale());
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /**
     * What the draft's kind shows of it instead of a field-by-field diff (an import's row plan), in the draft's
     * language; null for the diff.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object reviewDetailsOf(Draft draft) {
        DraftKind kind = kinds.named(draft.getKind());
        return inLanguageOf(draft, () -> kind.reviewDetails(formOf(draft)));
    }

    /** The template whose {@code details} fragment shows {@link #reviewDetailsOf}, or null. */
    public String reviewTemplateOf(Draft draft) {
        return kinds.named(draft.getKind()).reviewTemplate();
    }

    /** Whether the published record moved past the version the draft was made from. */
    public boolean isStale(Draft draft) {
        return !draft.isCreate() && !Objects.equals(publishedFormOf(draft).getVersion(), draft.getBaseVersion());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public String editPathOf(Draft draft) {
        DraftKind kind = kinds.named(draft.getKind());
        return kind.editPath(draft.getRecordId(), formOf(draft)) + "?draft=" + draft.getId();
    }

    /** The editor takes the draft back; it will not be published. */
    @Transactional
    public void withdraw(long id, long version, String editor) {
        Draft draft = open(id, version);
        if (!draft.getEditor().equals(editor)) {
            throw new DraftNotFoundException(id);
        }
        draft.withdraw(Instant.now());
    }

    /** The reviewer returns the draft to its editor, saying why. */
    @Transactional
    public void sendBack(long id, long version, String reviewer, String comment) {
        open(id, version).sendBack(reviewer, comment, Instant.now());
    }

    /**
     * Publishes a pending draft: applies it through its kind, in this transaction, whose revision the editor
     * authors and the reviewer reviews. A draft whose record moved since it was made is published only as the
     * reviewer resolved it: {@code resolvedAgainst} the published version the reviewer compared it with, taking
     * the published value for each field in {@code takeTheirs}.
     *
     * @return the public page's path
     * @throws StaleRecordException when the record moved and was not resolved against its current version
     * @throws IllegalArgumentException when the feature refuses the change
     */
    @Transactional
    public String publish(long id, long version, String reviewer, Long resolvedAgainst, List<String> takeTheirs) {
        Draft draft = open(id, version);
        if (draft.getStatus() != DraftStatus.PENDING) {
            throw new StaleRecordException("Draft", id);
        }
        RevisionNote.publishing(draft.getEditor(), reviewer).attachToCurrentTransaction();
        String path = applyTo(draft, resolvedAgainst, takeTheirs);
        if (!entityManager.contains(draft)) {
            // A kind that saves in chunks (an import) clears the persistence context as it goes.
            draft = open(id, version);
        }
        draft.markPublished(reviewer, path, Instant.now());
        return path;
    }

    /**
     * Renders with the draft applied, in a transaction that is always rolled back: whatever {@code render} reads
     * inside it sees the draft, and nothing of it is committed. {@code render} gets the public page's path.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public <T> T preview(Draft draft, Function<String, T> render) {
        return previewTransaction.execute(status -> {
            status.setRollbackOnly();
            Draft current = get(draft.getId());
            String path = draft.isCreate() || !isStale(current) ? applyTo(current, null, List.of())
                    : applyTo(current, publishedFormOf(current).getVersion(), fieldsOnlyThePublishedRecordChanged(current));
            entityManager.flush();
            return render.apply(path);
        });
    }

    /**
     * For a stale draft, the fields the published record changed since the draft was made and the draft did not:
     * where the three-way view starts with "take theirs" ticked.
     */
    public List<String> fieldsOnlyThePublishedRecordChanged(Draft draft) {
        EditForm proposed = formOf(draft);
        FormValues opened = FormValues.decode(proposed.getOpened());
        FormValues published = FormValues.of(publishedFormOf(draft));
        FormValues drafted = FormValues.of(proposed);
        return published.properties().stream().filter(property -> opened.get(property) != null
                && Objects.equals(opened.get(property), drafted.get(property))
                && !Objects.equals(opened.get(property), published.get(property))).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String applyTo(Draft draft, Long resolvedAgainst, List<String> takeTheirs) {
        DraftKind kind = kinds.named(draft.getKind());
        EditForm form = formOf(draft);
        if (!draft.isCreate()) {
            EditForm published = publishedFormOf(draft);
            if (!Objects.equals(published.getVersion(), draft.getBaseVersion())) {
                if (resolvedAgainst == null || !resolvedAgainst.equals(published.getVersion())) {
                    throw new StaleRecordException(draft.getKind(), draft.getRecordId());
                }
                form.setTakeTheirs(takeTheirs);
                form.takeChosenFieldsFrom(published);
                form.setVersion(published.getVersion());
            }
        }
        return kind.apply(form, draft.getRecordId());
    }

    private Draft open(long id, long version) {
        Draft draft = get(id);
        if (draft.getVersion() != version || !draft.getStatus().isOpen()) {
            throw new StaleRecordException("Draft", id);
        }
        return draft;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String labelOf(DraftKind kind, EditForm form) {
        return kind.label(form);
    }
}
