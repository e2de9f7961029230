// Article page: the legend's checkboxes switch highlight layers on and off (no other behaviour).
document.querySelectorAll("#legend input.layer").forEach(function (box) {
  box.addEventListener("change", function () {
    document.getElementById("article-body").classList.toggle("hide-" + box.value, !box.checked);
  });
});
