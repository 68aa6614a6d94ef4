// "Ta bort kunder (GDPR)": the erasure button does nothing until the user has ticked that they have
// read the information. The server refuses an erasure without that acknowledgement anyway.
(function () {
    var form = document.getElementById('erasure-form');
    if (!form || form.getAttribute('data-allowed') !== 'true') {
        return;
    }
    var box = document.getElementById('acknowledged');
    var button = document.getElementById('erase');
    function sync() {
        button.disabled = !box.checked;
    }
    box.addEventListener('change', sync);
    sync();
})();
