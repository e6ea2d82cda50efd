package com.partnershiptracker.person;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findBySlug(String slug);
}
