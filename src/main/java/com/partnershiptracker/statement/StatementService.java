package com.partnershiptracker.statement;

import com.partnershiptracker.person.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class StatementService {

    private final StatementRepository statements;

    StatementService(StatementRepository statements) {
        this.statements = statements;
    }

    public Optional<Statement> findById(long id) {
        return statements.findById(id);
    }

    /** Statements made for any of the organizations, oldest first, speakers loaded; one statement. */
    public List<Statement> statementsFor(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : statements.findForOrganizations(organizationIds);
    }

    /** A person's statements, oldest first; one statement. */
    public List<Statement> statementsBy(Person person) {
        return statements.findByPerson(person.getId());
    }

    @Transactional
    public Statement save(Statement statement) {
        return statements.save(statement);
    }
}
