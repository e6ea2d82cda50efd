package com.partnershiptracker.web;

import com.partnershiptracker.support.GeneratedTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The API answers as /v3/api-docs describes for every operation over synthetic data of a few thousand
 * rows (bench/generate.sql), which has shapes the seed lacks: long pages, many parties, internal units
 * nested two deep, conflicting citations. The application and its database go when the class is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GeneratedTestDatabase.class)
@DirtiesContext
class GeneratedDataApiContractTests extends ApiContractWalk {

    @Override
    boolean everyDetail() {
        return false;
    }
}
