package se.glomska.support.internal.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply to post on a support case; the size is the column length of {@code support_case_reply.text}. */
public record NewReply(@NotBlank @Size(max = 4000) String text) {
}
