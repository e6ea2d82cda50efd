package com.partnershiptracker.network;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.database.BulkWork;
import com.partnershiptracker.organization.Organization;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects the agreements a flush writes (their dates, their parties, their deletion) and the
 * organizations whose kind or parent it changes, and as soon as the flush is done has
 * NetworkSummaries rewrite what they alter, in the same transaction, as TimelineRowsListener does
 * for the timeline: the summaries commit or roll back with the change. During a {@link BulkWork} the
 * changes of every flush are kept together for the first flush after it.
 */
final class NetworkSummariesListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener,
        FlushEventListener, AutoFlushEventListener {

    /** What decides an organization's place in the network besides the agreements: internal unit or not, and its group. */
    private static final Set<String> NETWORK_PROPERTIES = Set.of("kind", "parent");

    private final Map<SharedSessionContractImplementor, Changes> pending = new ConcurrentHashMap<>();

    private record Changes(Set<Long> agreements, Set<Long> organizations) {
        Changes() {
            this(new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        agreementChanged(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        agreementChanged(event.getSession(), event.getEntity(), event.getId());
        if (event.getEntity() instanceof Organization && event.getId() instanceof Long id
                && changesNetworkProperty(event)) {
            pending.computeIfAbsent(event.getSession(), this::awaitCompletion).organizations().add(id);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        agreementChanged(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        ownerChanged(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        ownerChanged(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        ownerChanged(event);
    }

    @Override
    public void onFlush(FlushEvent event) {
        rewrite(event.getSession());
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        rewrite(event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void ownerChanged(AbstractCollectionEvent event) {
        agreementChanged(event.getSession(), event.getAffectedOwnerOrNull(), event.getAffectedOwnerIdOrNull());
    }

    private void agreementChanged(SharedSessionContractImplementor session, Object entity, Object id) {
        if (entity instanceof Agreement && id instanceof Long agreementId) {
            pending.computeIfAbsent(session, this::awaitCompletion).agreements().add(agreementId);
        }
    }

    private static boolean changesNetworkProperty(PostUpdateEvent event) {
        String[] names = event.getPersister().getPropertyNames();
        Object[] before = event.getOldState();
        for (int i = 0; i < names.length; i++) {
            if (NETWORK_PROPERTIES.contains(names[i])
                    && (before == null || !sameValue(before[i], event.getState()[i]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(Object before, Object after) {
        if (before instanceof Organization a && after instanceof Organization b) {
            return Objects.equals(a.getId(), b.getId());
        }
        return Objects.equals(before, after);
    }

    private Changes awaitCompletion(SharedSessionContractImplementor session) {
        session.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) (success, s) -> pending.remove(s));
        return new Changes();
    }

    private void rewrite(SharedSessionContractImplementor session) {
        if (BulkWork.isRunning()) {
            return;
        }
        Changes changes = pending.remove(session);
        if (changes == null) {
            return;
        }
        try {
            Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
            NetworkSummaries.refreshOrganizations(changes.organizations(), connection);
            NetworkSummaries.refreshAgreements(changes.agreements(), connection);
        } catch (RuntimeException e) {
            throw new HibernateException("Could not bring the network's summaries in step with the change", e);
        }
    }
}
