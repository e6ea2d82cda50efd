package com.partnershiptracker.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;

/** Loads accounts from the users table. An ADMIN is also an EDITOR. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountService users;

    DatabaseUserDetailsService(UserAccountService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        List<SimpleGrantedAuthority> authorities = account.getRole() == Role.ADMIN
                ? List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()), new SimpleGrantedAuthority(Role.EDITOR.authority()))
                : List.of(new SimpleGrantedAuthority(Role.EDITOR.authority()));
        return User.withUsername(account.getUsername()).password(account.getPasswordHash())
                .authorities(authorities).disabled(!account.isEnabled()).build();
    }
}
