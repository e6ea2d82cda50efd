package com.partnershiptracker.source;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, Long> {
}
