package com.partnershiptracker.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database's word on whether a new parent would put an organization under itself. The Java
 * check in {@link Organization#placeUnder} sees the records as this transaction loaded them; two
 * editors who each make one half of a cycle both pass it. So every parent change also takes one
 * lock row (V12) and then walks the stored parent chain with a recursive query: the second editor
 * waits for the first to commit and then sees its change.
 */
@Component
class ParentChain {

    /** Far deeper than any real group structure; only bounds the walk should a cycle already be stored. */
    private static final int MAX_DEPTH = 10_000;

    private final JdbcClient jdbc;

    ParentChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the organization with id {@code newParentId}, or one of its stored ancestors, is
     * {@code organizationId}. Takes the lock that every parent change takes, held until the
     * transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean wouldSitUnderItself(long organizationId, long newParentId) {
        jdbc.sql("select id from organization_hierarchy_lock where id = 1 for update").query(Integer.class).list();
        return jdbc.sql("""
                        with recursive chain (id, parent_id, depth) as (
                            select id, parent_id, 1 from organizations where id = :parent
                            union all
                            select o.id, o.parent_id, c.depth + 1
                            from organizations o join chain c on o.id = c.parent_id
                            where c.depth < :maxDepth
                        )
                        select count(*) from chain where id = :organization""")
                .param("parent", newParentId)
                .param("organization", organizationId)
                .param("maxDepth", MAX_DEPTH)
                .query(Long.class).single() > 0;
    }
}
