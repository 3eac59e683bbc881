package com.bbangshop.bakery.stock;

import com.bbangshop.api.rules.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code {"breadName": "salt bread"}}: a name no other open bread has (case and spaces aside). */
public record RenameBreadRequest(@NotBlank @Size(max = Limits.MAX_BREAD_NAME_LENGTH) String breadName) {
}
