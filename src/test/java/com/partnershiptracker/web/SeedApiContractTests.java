package com.partnershiptracker.web;

import com.partnershiptracker.support.SeededWebTest;

/** The API answers as /v3/api-docs describes for every operation over the seed, every detail of it included. */
@SeededWebTest
class SeedApiContractTests extends ApiContractWalk {

    @Override
    boolean everyDetail() {
        return true;
    }
}
