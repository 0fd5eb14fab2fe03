package az.balans.history.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a support agent found and did about an attempt: credited-late, refunded-by-provider,
 * customer-told or escalated-to-carrier, and a note for whoever reads it next.
 */
public record ResolutionRequest(
        @NotBlank String finding,
        @Size(max = 2000, message = "must be at most 2000 characters") String note) {}
