package com.partnershiptracker.statement;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.StaleRecordException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class StatementService {

    private final StatementRepository statements;
    private final PersonService people;
    private final OrganizationService organizations;

    StatementService(StatementRepository statements, PersonService people,
                     OrganizationService organizations) {
        this.people = people;
        this.organizations = organizations;
        this.statements = statements;
    }

    public Optional<Statement> findById(long id) {
        return statements.findById(id);
    }

    /** A page of the statements made for any of the organizations, oldest first, speakers loaded; two statements. */
    public Page<Statement> statementsFor(Collection<Long> organizationIds, PageSlice slice) {
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        return organizationIds.isEmpty() ? Page.empty(request) : statements.findForOrganizations(organizationIds, request);
    }

    /** Every statement, speakers loaded, by id; one statement. */
    public List<Statement> allWithSpeakers() {
        return statements.findAllWithSpeakers();
    }

    /** The statement with its speaker loaded. @throws StatementNotFoundException when there is none */
    public Statement getWithSpeaker(long id) {
        return statements.findWithSpeakerById(id).orElseThrow(() -> new StatementNotFoundException(id));
    }

    /** Statements newest first, one page at a time, speakers loaded; two statements. */
    public org.springframework.data.domain.Page<Statement> list(com.partnershiptracker.shared.PageSlice slice) {
        return statements.findPage(org.springframework.data.domain.PageRequest.of(slice.page(), slice.size()));
    }

    /** Statements whose words contain the text, newest first; two statements. */
    public org.springframework.data.domain.Page<Statement> search(String text, com.partnershiptracker.shared.PageSlice slice) {
        String normalized = com.partnershiptracker.shared.TextQuery.normalize(text);
        if (normalized == null) {
            return list(slice);
        }
        return statements.search(com.partnershiptracker.shared.TextQuery.containsPattern(normalized),
                org.springframework.data.domain.PageRequest.of(slice.page(), slice.size()));
    }

    /**
     * Applies an edit if nobody saved the statement since version {@code expectedVersion}.
     *
     * @throws StaleRecordException when it changed in the meantime
     */
    @Transactional
    public Statement update(long id, long expectedVersion, StatementChange change) {
        Statement statement = getWithSpeaker(id);
        statement.requireVersion(expectedVersion);
        change.applyTo(statement, lookups());
        return statement;
    }

    /**
     * Creates a statement from an edit.
     *
     * @throws IllegalArgumentException when a speaker it names no longer exists
     */
    @Transactional
    public Statement create(StatementChange change) {
        StatementChange.Lookups lookups = lookups();
        Statement statement = change.newStatement(lookups);
        change.applyTo(statement, lookups);
        return statements.save(statement);
    }

    private StatementChange.Lookups lookups() {
        return new StatementChange.Lookups() {
            @Override
            public Optional<Person> person(String slug) {
                return people.findBySlug(slug);
            }

            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }
        };
    }

    @Transactional
    public void delete(long id) {
        statements.delete(getWithSpeaker(id));
    }

    @Transactional
    public Statement save(Statement statement) {
        return statements.save(statement);
    }
}
