package com.partnershiptracker.agreement;

public enum AgreementSort {
    NEWEST,
    OLDEST,
    TITLE
}
