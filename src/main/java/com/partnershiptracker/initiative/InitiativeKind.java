package com.partnershiptracker.initiative;

public enum InitiativeKind {
    SERVICE,
    PRODUCT,
    JOINT_PROJECT,
    JOINT_VENTURE,
    PROGRAM,
    TRAINING,
    PLATFORM,
    REORGANIZATION,
    OTHER
}
