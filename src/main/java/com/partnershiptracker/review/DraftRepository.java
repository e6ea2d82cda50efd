package com.partnershiptracker.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface DraftRepository extends JpaRepository<Draft, Long> {

    List<Draft> findTop200ByStatusOrderByUpdatedAtAsc(DraftStatus status);

    List<Draft> findTop200ByEditorAndStatusInOrderByUpdatedAtDesc(String editor, Collection<DraftStatus> statuses);

    @Query("select d.recordId from Draft d where d.kind = :kind and d.recordId is not null and d.status in :statuses")
    List<Long> recordIdsWithDraftsOf(String kind, Collection<DraftStatus> statuses);

    long countByStatus(DraftStatus status);
}
