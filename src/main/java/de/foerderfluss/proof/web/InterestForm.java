package de.foerderfluss.proof.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The case worker's decision on the interest: set it by notice or waive it, with the
 * considerations (required either way).
 */
record InterestForm(@NotNull Boolean waive, @NotBlank @Size(max = 4000) String reason) {

}
