package de.foerderfluss.review.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The formal check: are the documents complete, and if not, what is missing (required
 * then; the service says so).
 */
record CompletenessForm(@NotNull Boolean complete, @Size(max = 4000) String missing) {

}
