using TorchSharp;
var a = torch.randn(3, 4);
var b = torch.randn(4, 2);
Console.WriteLine(torch.matmul(a, b).shape[1]);
