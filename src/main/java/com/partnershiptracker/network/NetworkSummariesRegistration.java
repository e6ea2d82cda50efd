package com.partnershiptracker.network;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.stereotype.Component;

/** Hooks NetworkSummariesListener into Hibernate, so that every save through JPA keeps the network's summaries in step. */
@Component
class NetworkSummariesRegistration {

    NetworkSummariesRegistration(EntityManagerFactory entityManagerFactory) {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        NetworkSummariesListener listener = new NetworkSummariesListener();
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
        registry.appendListeners(EventType.FLUSH, listener);
        registry.appendListeners(EventType.AUTO_FLUSH, listener);
    }
}
