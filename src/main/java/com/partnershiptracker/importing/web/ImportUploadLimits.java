package com.partnershiptracker.importing.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file over the upload limit (spring.servlet.multipart.max-file-size) is refused while the request is read,
 * before any controller runs: back to the import page with the limit named, rather than an error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportUploadLimits {

    private final MessageSource messages;

    ImportUploadLimits(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("importError", messages.getMessage("import.file.tooLarge", new Object[] {com.partnershiptracker.importing.ImportService.MAX_BYTES / (1024 * 1024)}, LocaleContextHolder.getLocale()));
        return "redirect:/admin/import";
    }
}
