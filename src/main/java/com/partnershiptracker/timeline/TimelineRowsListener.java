package com.partnershiptracker.timeline;

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

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects what each flush writes and, as soon as the flush is done, has TimelineRows rewrite the
 * rows those changes alter, in the same transaction: the copy commits or rolls back with the
 * change, and SQL read in the transaction after a flush already sees it. Collections count as
 * changes of their owner (an agreement's parties, an initiative's organizations). Appended after
 * Hibernate's own flush listeners, so the writes have been made when it runs.
 */
final class TimelineRowsListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener,
        FlushEventListener, AutoFlushEventListener {

    private final Map<SharedSessionContractImplementor, ChangedRecords> pending = new ConcurrentHashMap<>();

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession(), event.getEntity(), event.getId());
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
        changed(event.getSession(), event.getAffectedOwnerOrNull(), event.getAffectedOwnerIdOrNull());
    }

    private void changed(SharedSessionContractImplementor session, Object entity, Object id) {
        if (ChangedRecords.isTracked(entity, id)) {
            pending.computeIfAbsent(session, this::awaitCompletion).add(entity, id);
        }
    }

    private ChangedRecords awaitCompletion(SharedSessionContractImplementor session) {
        // An insert with a generated id is made outside a flush; the flush before the commit writes its rows.
        // After a failed flush or a rollback, what is left goes with the transaction.
        session.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) (success, s) -> pending.remove(s));
        return new ChangedRecords();
    }

    private void rewrite(SharedSessionContractImplementor session) {
        ChangedRecords changes = pending.remove(session);
        if (changes == null || changes.isEmpty()) {
            return;
        }
        try {
            TimelineRows.rewriteFor(changes, session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection());
        } catch (SQLException e) {
            throw new HibernateException("Could not bring the timeline rows in step with the change", e);
        }
    }
}
