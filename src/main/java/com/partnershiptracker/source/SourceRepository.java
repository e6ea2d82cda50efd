package com.partnershiptracker.source;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, Long> {

    @org.springframework.data.jpa.repository.Query("""
            select s from Source s
            where lower(s.publisher) like :pattern escape '\\' or lower(s.headlineKo) like :pattern escape '\\'
               or lower(s.headlineEn) like :pattern escape '\\'""")
    org.springframework.data.domain.Page<Source> search(String pattern, org.springframework.data.domain.Pageable pageable);
}
