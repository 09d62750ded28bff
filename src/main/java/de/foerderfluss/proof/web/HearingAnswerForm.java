package de.foerderfluss.proof.web;

import java.util.List;

import de.foerderfluss.proof.HearingService;
import jakarta.validation.constraints.Size;

/**
 * The carrier's answer to the hearing: a text and the uploads of the case it attaches.
 * Whether either is given and the uploads are the case's own, the service decides.
 */
record HearingAnswerForm(@Size(max = HearingService.MAX_TEXT) String text, @Size(max = 20) List<Long> documentIds) {

}
