package com.partnershiptracker.person;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PersonRepository extends JpaRepository<Person, Long> {

    /** With the aliases, which the edit form shows after the transaction has ended. */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "aliases")
    Optional<Person> findBySlug(String slug);

    /** Every person with their aliases, by slug; one statement. */
    @org.springframework.data.jpa.repository.Query("select distinct p from Person p left join fetch p.aliases order by p.slug")
    List<Person> findAllWithAliases();

    List<Person> findAllBySlugIn(java.util.Collection<String> slugs);

    Optional<Person> findByWikidataId(String wikidataId);

    @org.springframework.data.jpa.repository.Query("""
            select p.id from Person p
            where lower(p.slug) like :pattern escape '\\' or lower(p.nameKo) like :pattern escape '\\'
               or lower(p.nameEn) like :pattern escape '\\' or p.wikidataId = :wikidata
            order by p.slug""")
    java.util.List<Long> searchIds(String pattern, String wikidata, org.springframework.data.domain.Pageable pageable);
}
