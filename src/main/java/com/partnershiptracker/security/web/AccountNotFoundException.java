package com.partnershiptracker.security.web;

import com.partnershiptracker.shared.RecordNotFoundException;

/** No account has this username: the admin pages answer 404. */
class AccountNotFoundException extends RecordNotFoundException {

    AccountNotFoundException(String username) {
        super("Account", username);
    }
}
