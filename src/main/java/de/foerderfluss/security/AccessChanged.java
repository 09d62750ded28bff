package de.foerderfluss.security;

/**
 * What a person may do has changed (roles, carrier, disabled): their open sessions still
 * carry the old permissions and are ended.
 */
record AccessChanged(String username) {
}
