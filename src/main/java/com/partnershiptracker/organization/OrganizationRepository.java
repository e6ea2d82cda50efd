package com.partnershiptracker.organization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findBySlug(String slug);

    @Query("""
            select o from Organization o left join fetch o.parent left join fetch o.aliases
                left join fetch o.citations c left join fetch c.source
            where o.slug = :slug""")
    Optional<Organization> findWithParentBySlug(String slug);


    boolean existsBySlug(String slug);

    Optional<Organization> findByWikidataId(String wikidataId);

    Optional<Organization> findByLei(String lei);

    Optional<Organization> findByKrCorporateRegistrationNumber(String number);

    @Query(value = """
            select o from Organization o
            where lower(o.slug) like :pattern escape '\\' or lower(o.nameKo) like :pattern escape '\\'
               or lower(o.nameEn) like :pattern escape '\\'
               or o.wikidataId = :wikidata or o.lei = :lei or o.krCorporateRegistrationNumber = :krNumber""",
            countQuery = """
            select count(o) from Organization o
            where lower(o.slug) like :pattern escape '\\' or lower(o.nameKo) like :pattern escape '\\'
               or lower(o.nameEn) like :pattern escape '\\'
               or o.wikidataId = :wikidata or o.lei = :lei or o.krCorporateRegistrationNumber = :krNumber""")
    org.springframework.data.domain.Page<Organization> search(String pattern, String wikidata, String lei, String krNumber,
                                                              org.springframework.data.domain.Pageable pageable);

    @Query("""
            select new com.partnershiptracker.organization.OrganizationNode(o.id, o.slug, o.parent.id, o.nameKo, o.nameEn, o.kind,
                o.wikidataId, o.lei, o.krCorporateRegistrationNumber)
            from Organization o order by o.slug""")
    List<OrganizationNode> findAllNodes();

    /** Every alias with its organization's id: one statement, for matching names in bulk. */
    @Query("select o.id, a from Organization o join o.aliases a")
    List<Object[]> findAllAliases();

    /** The organizations with these slugs, with their aliases and citations' sources unloaded. */
    @Query("select distinct o from Organization o left join fetch o.aliases where o.slug in :slugs")
    List<Organization> findAllWithAliasesBySlugIn(java.util.Collection<String> slugs);

    /** Every organization with its aliases, for the export. */
    @Query("select distinct o from Organization o left join fetch o.aliases")
    List<Organization> findAllWithAliases();
}
