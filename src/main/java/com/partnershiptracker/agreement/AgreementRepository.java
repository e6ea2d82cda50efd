package com.partnershiptracker.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    @org.springframework.data.jpa.repository.Query(
            "select a.id from Agreement a where lower(a.titleKo) in :titles or lower(a.titleEn) in :titles")
    java.util.List<Long> findIdsByLowerTitleIn(java.util.Collection<String> titles);
}
