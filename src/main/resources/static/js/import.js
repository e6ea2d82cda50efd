// A file over the import's limit is refused here, before its bytes are sent: the server's own refusal of a very
// large request cannot always come back as a page (Tomcat stops reading, and the browser shows a reset).
document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.import-upload');
    if (!form) {
        return;
    }
    var input = form.querySelector('input[type=file]');
    var limit = Number(form.getAttribute('data-max-bytes'));
    var message = form.querySelector('.import-too-large');
    form.addEventListener('submit', function (event) {
        var file = input.files && input.files[0];
        if (file && file.size > limit) {
            event.preventDefault();
            message.hidden = false;
            input.setAttribute('aria-invalid', 'true');
            input.focus();
        }
    });
    input.addEventListener('change', function () {
        message.hidden = true;
        input.removeAttribute('aria-invalid');
    });
});
