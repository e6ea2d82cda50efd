package com.partnershiptracker.statement;

import com.partnershiptracker.person.StatementsOfPerson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** A person's statements for the person's page; one statement. */
@Component
@Transactional(readOnly = true)
class PersonStatementsQuery implements StatementsOfPerson {

    private final StatementRepository statements;

    PersonStatementsQuery(StatementRepository statements) {
        this.statements = statements;
    }

    @Override
    public List<Quote> of(long personId) {
        return statements.findByPerson(personId).stream()
                .map(statement -> new Quote(statement.getText(), statement.getStated(), statement.getGlossEn()))
                .toList();
    }
}
