package de.foerderfluss.security;

/**
 * A person entitled to sign an act, with the role that gives the authority (its title is
 * printed under the signature).
 */
public record Signatory(String username, String displayName, Role role) {
}
