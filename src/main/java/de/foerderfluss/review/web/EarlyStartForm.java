package de.foerderfluss.review.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A case worker's answer to a request to start early: permit or refuse, and why. */
record EarlyStartForm(@NotNull Boolean permitted, @Size(max = 2000) String reason) {

}
